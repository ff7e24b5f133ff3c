<#-- The press release as plain text, for e-mail to journalists. Paragraphs are not hard-wrapped. -->
<#if report.embargo??>
${sv.embargo(report.embargo)}

</#if>
${sv.dateline()}

${sv.headline()}

${lede}
<#if headlineRegion?? && release.body?has_content>

I HELA LANDET
</#if>
<#list release.body as paragraph>

${paragraph}
</#list>
<#list quotes as q>

${sv.quote(q)}
</#list>
<#if inBrief?has_content || inBriefNational?has_content>

SIFFROR I KORTHET
<#list inBrief as line>
- ${line}
</#list>
<#if inBriefNational?has_content>
${sv.nationalHeading}
<#list inBriefNational as line>
- ${line}
</#list>
</#if>
</#if>
<#if survey??>

OM UNDERSÖKNINGEN
${sv.survey(survey)}
</#if>
<#if link??>

Läs mer: ${link.title}
${link.url}
</#if>

KONTAKT
<#list contacts as c>
${c.name}, ${c.role}
<#list c.phones as phone>
${sv.phone(phone)}
</#list>
E-post: ${c.email}
<#sep>

</#sep>
</#list>

OM ${org.name?upper_case}
<#list org.boilerplate as paragraph>
${paragraph}
<#sep>

</#sep>
</#list>
<#if org.website?? || org.pressRoom??>

<#if org.website??>
Webbplats: ${org.website}
</#if>
<#if org.pressRoom??>
Besök vårt pressrum: ${org.pressRoom}
</#if>
</#if>
