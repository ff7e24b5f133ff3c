<#-- linkedin, local: the shared shape from lib/posts.ftl under the release's headline; politicians are named,
     not tagged. -->
<@posts.local title=true long=true/>
