<#-- The press release as Markdown: for web editors and chat. Values are Markdown-escaped. -->
<#if report.embargo??>
**${sv.embargo(report.embargo)}**

</#if>
*${sv.dateline()}*

# ${sv.headline()}

**${release.lede}**
<#list release.body as paragraph>

${paragraph}
</#list>
<#list quotes as q>

> ${sv.quote(q)}
</#list>
<#if figures?has_content>

## Siffror i korthet

<#if figuresAreNational>
${sv.nationalNote}

</#if>
<#list figures as f>
- ${sv.figure(f, place)}
</#list>
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
Tel: ${phone}  
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
