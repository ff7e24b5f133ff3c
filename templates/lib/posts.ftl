<#-- The shapes of posts, shared by every network's templates (imported everywhere as "posts").
     A network's template calls one of these; copy the body into it to make that network different. -->

<#-- A message with the campaign's hashtags and the report link: one post per short message and per key
     message (short.txt.ftl, key.txt.ftl). A key message is longer: presskit drops optional hashtags, then
     makes a thread, when it is too long. -->
<#macro messagePost>
${message.text}

${sv.hashtags(hashtags)}
<#if link??>${link.url}</#if>
</#macro>

<#-- A region's post per key figure: its own figure where the report has one, else the national one, said to
     be national, with a question about the region. -->
<#macro regional>
${sv.figureStart(figure, true)?cap_first}, enligt ${report.title}.<#if !figure.regional> Hur är läget ${variant.where}?</#if>

${sv.hashtags(hashtags)}
<#if link??>${link.url}</#if>
</#macro>

<#-- A municipality's post, as a branch would write it: the figure with its source (the region's own value where
     the region has one, else the national one, said to be national), then the year's question to the committee,
     addressed by the municipality's own name, with its politicians tagged (chair first), then the hashtags and the
     link. When tagging everyone does not fit, presskit renders it again with only the chair in "mentions" and the
     others in "replyMentions", which go into a reply after the --- line. -->
<#macro local>
${sv.figureOpening(figure, true)?cap_first}, enligt ${figure.source}.

${committee} i ${variant.fullName}<#if mentions?has_content>, ${sv.list(mentions)}</#if>: ${question?uncap_first}

${sv.hashtags(hashtags)}
<#if link??>${link.url}</#if>
<#if replyMentions?has_content>
---
Samma fråga till er, ${sv.list(replyMentions)}.
</#if>
</#macro>

<#-- The long post (post.txt.ftl) for networks without a tight limit: headline, lede, the key figures, the
     link. -->
<#macro post>
${sv.headline()}

${release.lede}

<#if figuresAreNational>
${sv.nationalNote}
</#if>
<#list figures as f>
• ${sv.figure(f, place)}
</#list>

<#if link??>
Läs mer: ${link.url}

</#if>
${sv.hashtags(hashtags)}
</#macro>
