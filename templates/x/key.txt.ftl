<#-- Each key message as an X post; presskit drops optional hashtags, then makes a thread, if it is too long. -->
${message.text()}

${sv.hashtags(hashtags)}
<#if link??>${link.url()}</#if>
