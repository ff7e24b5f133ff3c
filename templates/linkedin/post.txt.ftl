<#-- linkedin: the long post, in the organisation's own voice; see lib/posts.ftl. -->
<@posts.long/>
