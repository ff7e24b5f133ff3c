<#-- A region's post per key figure: the region's own figure where the report has one, else the national one,
     said to be national, with a question about the region. -->
${sv.figureClause(figure, true)?cap_first}, enligt ${report.title()}.<#if !figure.regional()> Hur är läget ${variant.where()}?</#if>

${sv.hashtags(hashtags)}
<#if link??>${link.url()}</#if>
