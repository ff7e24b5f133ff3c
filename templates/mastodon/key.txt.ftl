<#-- mastodon, key: the shared shape from lib/posts.ftl. -->
<@posts.messagePost/>
