<#-- bluesky, short: the shared shape from lib/posts.ftl. -->
<@posts.messagePost/>
