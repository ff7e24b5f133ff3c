<#-- One X post per short message: the message, the campaign's hashtags and the report link. -->
${message.text()}

${sv.hashtags(hashtags)}
<#if link??>${link.url()}</#if>
