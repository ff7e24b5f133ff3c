<#-- bluesky, regional: the shared shape from lib/posts.ftl. -->
<@posts.regional/>
