<#-- A municipality's post: the committee's politicians tagged (chair first), the municipality named, the
     year's question and a figure. When tagging everyone does not fit, presskit renders it again with only the
     chair in "mentions" and the others in "replyMentions", which go into a reply after the --- line. -->
${committee} i ${variant.fullName()}<#if mentions?has_content>, ${mentions?join(" ")}</#if>: ${year.question()?uncap_first}

${sv.figure(figure, true)}

${sv.hashtags(hashtags)}
<#if link??>${link.url()}</#if>
<#if replyMentions?has_content>
---
Samma fråga till er, ${replyMentions?join(" ")}.
</#if>
