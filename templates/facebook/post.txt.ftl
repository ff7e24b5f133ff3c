<#-- facebook: the short post, one key message and the link; see lib/posts.ftl. -->
<@posts.brief/>
