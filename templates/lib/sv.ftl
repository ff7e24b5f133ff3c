<#-- Shared Swedish phrasing for every template: dates, numbers, figures, quotes and hashtags.
     Imported automatically as "sv"; formatting itself is done by presskit's SwedishFormat ("fmt"). -->

<#-- "18 september 2023" -->
<#function date day><#return fmt.date(day)></#function>

<#-- "18 september 2023 kl. 06.00", Stockholm time -->
<#function dateTime moment><#return fmt.dateTime(moment)></#function>

<#-- "15 maj – 28 juni 2023", "15–28 juni 2023", never broken inside a date -->
<#function period from to><#return fmt.period(from, to)></#function>

<#-- "207 000" with a non-breaking space -->
<#function number n><#return fmt.number(n)></#function>

<#-- A figure as a sentence: "Åtta av tio rektorer har svårt att rekrytera lärare."
     With place=true it says where the figure applies ("i hela landet", "i Dalarnas län"). -->
<#function figure f place=false>
  <#if place><#return f.sentenceWithPlace><#else><#return f.sentence></#if>
</#function>

<#-- A figure to build a sentence around, without capital or full stop: "åtta av tio rektorer i hela landet …" -->
<#function figureClause f place=false><#return f.clause(place)></#function>

<#-- A figure at the start of a sentence, without capital or full stop: as figureClause, except that a count never
     opens with its digits ("i hela landet saknas 12 400 heltidstjänster"). -->
<#function figureStart f place=false><#return f.start(place)></#function>

<#-- A figure to open a sentence with, without capital or full stop; a value in digits never comes first:
     "åtta av tio rektorer i hela landet har …", "i Dalarnas län har 53 procent av rektorerna …" -->
<#function figureOpening f place=false><#return f.opening(place)></#function>

<#-- The release's headline; a region with figures of its own (headlineRegion) gets one about its situation. -->
<#function headline>
  <#if headlineRegion??><#return report.title + ": Så är läget " + variant.where></#if>
  <#return release.headline>
</#function>

<#-- The release's dateline: "Pressmeddelande från Lärarförbundet Exempel, 18 september 2024". A regional edition
     comes from the same sender; its headline says what is regional about it. -->
<#function dateline>
  <#local out = "Pressmeddelande från " + org.name>
  <#if report.published??><#local out = out + ", " + date(report.published)></#if>
  <#return out>
</#function>

<#-- Said once above the national figures of a region's "Siffror i korthet" (inBriefNational). -->
<#assign nationalHeading = "I hela landet:">

<#-- A telephone number as a Swedish release writes it: "Mobil: 076-130 89 97", "Tel: 08-789 63 42". -->
<#function phone number><#return fmt.phoneLabel(number) + ": " + fmt.phone(number)></#function>

<#-- A Swedish list: "a", "a och b", "a, b och c". -->
<#function list items>
  <#if items?size <= 1><#return items?join("")></#if>
  <#return items[0..items?size - 2]?join(", ") + " och " + items?last>
</#function>

<#-- The year's hashtags on one line: "#Skolrapporten #skolan #svpol" -->
<#function hashtags tags>
  <#local out = []>
  <#list tags as t><#local out = out + [t.tag]></#list>
  <#return out?join(" ")>
</#function>

<#-- A quote the Swedish press way: "– Text, säger Namn, roll." -->
<#function quote q>
  <#local text = q.text?trim>
  <#if text?ends_with(".")><#local text = text?remove_ending(".") + ","></#if>
  <#return "– " + text + " säger " + q.speaker + ", " + q.role + ".">
</#function>

<#-- "Undersökningen genomfördes som en webbaserad enkät under perioden …" -->
<#function survey s>
  <#return "Undersökningen genomfördes som en " + s.method + " under perioden " + period(s.from, s.to)
    + ". Frågorna skickades till " + s.population + ". Totalt svarade " + number(s.respondents) + " "
    + s.respondentUnit + ", vilket ger en svarsfrekvens på " + s.responseRate + " procent.">
</#function>

<#-- "Publiceras inte före 18 september 2023 kl. 06.00." -->
<#function embargo moment><#return "EMBARGO: Publiceras inte före " + dateTime(moment) + "."></#function>

<#-- Whether an address may become a link: a web address only. A javascript: or data: href would run in
     the reader's browser, whatever the data says. -->
<#function isWeb url>
  <#local lower = url?lower_case>
  <#return lower?starts_with("https://") || lower?starts_with("http://")>
</#function>
