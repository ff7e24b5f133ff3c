package presskit.build;

import presskit.build.BuildRequest.Level;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
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
                            + "'; use a two-digit code from the geography, e.g. 18 for Örebro län");
        }
        if (request.municipality() != null
                && sweden.municipality(request.municipality()).isEmpty()) {
            throw unknown(
                    "--municipality",
                    "no municipality has the code '"
                            + request.municipality()
                            + "'; use a four-digit code from the geography, e.g. 1880 for Örebro");
        }
        boolean narrowed = request.region() != null || request.municipality() != null;
        return new Editions.Selection(
                request.levels().contains(Level.NATIONAL) && !narrowed,
                request.levels().contains(Level.REGIONS) && request.municipality() == null,
                request.levels().contains(Level.MUNICIPALITIES),
                request.region(),
                request.municipality());
    }

    private static DiagnosticException unknown(String option, String message) {
        return new DiagnosticException(Diagnostic.error("", 0, 0, option, message));
    }
}
