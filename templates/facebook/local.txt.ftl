<#-- facebook, local: the shared shape from lib/posts.ftl; politicians are named, not tagged. -->
<@posts.local long=true/>
