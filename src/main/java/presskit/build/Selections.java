package presskit.build;

import presskit.build.BuildRequest.Level;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.model.Municipality;
import presskit.model.Sweden;
import presskit.source.LoadedCampaign;
import presskit.variant.Editions;

/** Turns a request's narrowing (levels, region, municipality) into the editions to build. */
final class Selections {

    private Selections() {}

    static Editions.Selection of(BuildRequest request, LoadedCampaign campaign) {
        Sweden sweden = campaign.campaign().sweden();
        if (request.region() != null && sweden.region(request.region()).isEmpty()) {
            throw unknown(
                    "--region",
                    "no region has the code '"
                            + request.region()
                            + "'; use a two-digit code from the geography, e.g. 20 for Dalarnas län");
        }
        String code = null;
        if (request.municipality() != null) {
            Municipality m = Municipalities.find(sweden, request.municipality(), "--municipality");
            if (request.region() != null && !m.regionCode().equals(request.region())) {
                throw unknown(
                        "--municipality",
                        m.name()
                                + " ("
                                + m.code()
                                + ") lies in region "
                                + m.regionCode()
                                + ", not in region "
                                + request.region()
                                + "; leave out --region or give one of its municipalities");
            }
            code = m.code();
        }
        return new Editions.Selection(
                request.levels().contains(Level.NATIONAL) && !request.partial(),
                request.levels().contains(Level.REGIONS) && code == null,
                request.levels().contains(Level.MUNICIPALITIES),
                request.region(),
                code);
    }

    private static DiagnosticException unknown(String option, String message) {
        return new DiagnosticException(Diagnostic.error("", 0, 0, option, message));
    }
}
