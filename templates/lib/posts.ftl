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
     others in "replyMentions", which go into a reply after the --- line. On LinkedIn and Facebook (long=true) the
     link is introduced ("Läs mer:") and only the required hashtag follows, as in their long posts; LinkedIn opens
     with the release's headline (title=true). -->
<#macro local title=false long=false>
<#if title>
${sv.headline()}

</#if>
${sv.figureOpening(figure, true)?cap_first}, enligt ${figure.source}.

${committee} i ${variant.fullName}<#if mentions?has_content>, ${sv.list(mentions)}</#if>: ${question?uncap_first}

<#if long>
<#if link??>
Läs mer: ${link.url}

</#if>
${requiredTags()}
<#else>
${sv.hashtags(hashtags)}
<#if link??>${link.url}</#if>
</#if>
<#if replyMentions?has_content>
---
Samma fråga till er, ${sv.list(replyMentions)}.
</#if>
</#macro>

<#-- The required hashtags only: LinkedIn and Facebook readers follow the campaign's own tag, not the tags of X. -->
<#function requiredTags>
  <#local out = []>
  <#list hashtags as t><#if t.required><#local out = out + [t]></#if></#list>
  <#return sv.hashtags(out)>
</#function>

<#-- The long post (linkedin/post.txt.ftl), in the organisation's own voice: the headline, then the key messages
     with the figures they leave out; in a region with figures of its own, the regional lede and the organisation's
     views; in a region without, the national text and a question about the county. -->
<#macro long>
${sv.headline()}

<#if regionalNews>
${lede}
<#list views as m>

${m.text}
</#list>
<#else>
<#list keyMessages as m>
${m.text}
<#sep>

</#sep>
</#list>
<#if moreFigures?has_content>

<#list moreFigures as line>
• ${line}
</#list>
</#if>
<#if place>

Siffrorna gäller hela landet. Hur är läget ${variant.where}?
</#if>
</#if>
<#if link??>

Läs mer: ${link.url}
</#if>

${requiredTags()}
</#macro>

<#-- The short post (facebook/post.txt.ftl): one key message (in a region with figures of its own, its first figure beside the
     national one), the
     county named in a region without, the link and the required hashtag. -->
<#macro brief>
<#if regionalNews>
${briefLede}
<#else>
${(keyMessages?first.text)!lede}
<#if place>

Siffrorna gäller hela landet. Hur är läget ${variant.where}?
</#if>
</#if>
<#if link??>

Läs mer: ${link.url}
</#if>

${requiredTags()}
</#macro>
