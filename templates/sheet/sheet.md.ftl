<#-- The message sheet ("budskap och länkar") as Markdown. -->
# ${report.title} – budskap och länkar<#if place>, ${variant.fullName}</#if>

Använd gärna följande budskap och länkar när du sprider rapporten i sociala kanaler.

## Länkar

<#list links as l>
- <#if sv.isWeb(l.url)>[${l.title}](<${l.url?no_esc}>)<#else>${l.title}</#if><#if l.description?has_content> – ${l.description}</#if>
</#list>

## Budskap

<#list keyMessages as m>
- ${m.text}
</#list>

## Kortare budskap

<#list shortMessages as m>
- ${m.text}
</#list>
<#if allFigures?has_content>

## Siffror

<#list allFigures as f>
- ${sv.figure(f, place)} (Källa: ${f.source})
</#list>
</#if>

## Hashtaggar

${sv.hashtags(hashtags)}
<#if callToAction?has_content>

**Tips:** ${callToAction}
</#if>
