<#-- facebook: the long post with the figures, nationally and per region. -->
<@posts.post/>
