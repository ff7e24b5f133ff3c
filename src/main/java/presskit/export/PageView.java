package presskit.export;

import java.util.List;
import presskit.model.Organisation;
import presskit.model.Report;

/**
 * What the page template ({@code page/index.html.ftlh}) sees; it reads each component as a
 * property.
 *
 * @param org the organisation
 * @param accounts the organisation's own accounts, each with its profile's address
 * @param report the report the year launches; {@code report.published} and {@code report.embargo}
 *     may be missing (test them with {@code ??})
 * @param downloads the kit-wide files to offer
 * @param postNames every post name in the kit ({@code short-1}, {@code local} …), for the page's
 *     labels
 * @param documentFiles every document's file name in the kit ({@code release.pdf} …), for the
 *     page's labels
 * @param data the kit's year, channels, links and national posts as JSON, safe inside a {@code
 *     <script>} element
 * @param places the regions' and municipalities' documents and posts as JSON, likewise
 * @param twitterText the vendored twitter-text script
 * @param script the page's own script
 * @param politicians the script of the form that adds a branch's politicians to its local posts
 * @param room the press room at the top of the page
 */
public record PageView(
        Organisation org,
        List<Account> accounts,
        Report report,
        List<Download> downloads,
        List<String> postNames,
        List<String> documentFiles,
        String data,
        String places,
        String twitterText,
        String script,
        String politicians,
        PressRoom room) {

    public PageView {
        accounts = List.copyOf(accounts);
        downloads = List.copyOf(downloads);
        postNames = List.copyOf(postNames);
        documentFiles = List.copyOf(documentFiles);
    }

    /**
     * One of the organisation's accounts.
     *
     * @param network the network's name ("Mastodon")
     * @param handle the handle as {@code organisation.yaml} writes it, or null on a network without
     *     handles, where the account is its address
     * @param url the profile's address
     */
    public record Account(String network, String handle, String url) {}
}
