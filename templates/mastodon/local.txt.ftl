<#-- mastodon, local: the shared shape from lib/posts.ftl. -->
<@posts.local/>
