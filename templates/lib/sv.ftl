<#-- Shared Swedish phrasing for every template: dates, numbers, figures, quotes and hashtags.
     Imported automatically as "sv"; formatting itself is done by presskit's SwedishFormat ("fmt"). -->

<#-- "18 september 2023" -->
<#function date day><#return fmt.date(day)></#function>

<#-- "18 september 2023 kl. 06.00", Stockholm time -->
<#function dateTime moment><#return fmt.dateTime(moment)></#function>

<#-- "15 maj–28 juni 2023" -->
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
  <#if headlineRegion??><#return report.title + ": Så är läget i " + headlineRegion></#if>
  <#return release.headline>
</#function>

<#-- The release's dateline: "Pressmeddelande 18 september 2024, Lärarförbundet Exempel", with the region in a regional edition. -->
<#function dateline>
  <#local out = "Pressmeddelande">
  <#if report.published??><#local out = out + " " + date(report.published)></#if>
  <#local out = out + ", " + org.name>
  <#if datelineRegion??><#local out = out + " – " + datelineRegion></#if>
  <#return out>
</#function>

<#-- Said before a regional edition's figures when the report gives none for the region (figuresAreNational). -->
<#assign nationalNote = "Siffrorna nedan gäller hela landet.">

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
    + ". Frågorna skickades till " + s.population + ". " + number(s.respondents)?cap_first + " " + s.respondentUnit
    + " svarade, vilket ger en svarsfrekvens på " + s.responseRate + " procent.">
</#function>

<#-- "Publiceras inte före 18 september 2023 kl. 06.00." -->
<#function embargo moment><#return "EMBARGO: Publiceras inte före " + dateTime(moment) + "."></#function>

<#-- Whether an address may become a link: a web address only. A javascript: or data: href would run in
     the reader's browser, whatever the data says. -->
<#function isWeb url>
  <#local lower = url?lower_case>
  <#return lower?starts_with("https://") || lower?starts_with("http://")>
</#function>
