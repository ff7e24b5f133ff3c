<#-- The press release as Markdown: for web editors and chat. Values are Markdown-escaped. -->
<#if report.embargo??>
**${sv.embargo(report.embargo)}**

</#if>
*${sv.dateline()}*

# ${sv.headline()}

**${lede}**
<#if headlineRegion?? && release.body?has_content>

## I hela landet
</#if>
<#list release.body as paragraph>

${paragraph}
</#list>
<#list quotes as q>

> ${sv.quote(q)}
</#list>
<#if inBrief?has_content || inBriefNational?has_content>

## Siffror i korthet

<#list inBrief as line>
- ${line}
</#list>
<#if inBriefNational?has_content>
<#if inBrief?has_content>

</#if>
${sv.nationalHeading}

<#list inBriefNational as line>
- ${line}
</#list>
</#if>
</#if>
<#if survey??>

## Om undersökningen

${sv.survey(survey)}
</#if>
<#if link??>

Läs mer: <#if sv.isWeb(link.url)>[${link.title}](<${link.url?no_esc}>)<#else>${link.title}</#if>
</#if>

## Kontakt

<#list contacts as c>
${c.name}, ${c.role}  
<#list c.phones as phone>
${sv.phone(phone)}  
</#list>
E-post: <${c.email?no_esc}>
<#sep>

</#sep>
</#list>

## Om ${org.name}

<#list org.boilerplate as paragraph>
${paragraph}
<#sep>

</#sep>
</#list>
<#if org.website?? || org.pressRoom??>

<#if org.website??>
Webbplats: <${org.website?no_esc}>
</#if>
<#if org.website?? && org.pressRoom??>

</#if>
<#if org.pressRoom??>
Besök vårt pressrum: <${org.pressRoom?no_esc}>
</#if>
</#if>
