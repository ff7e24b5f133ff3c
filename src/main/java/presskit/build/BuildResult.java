package presskit.build;

import java.util.Map;
import presskit.diagnostic.Diagnostics;
import presskit.kit.Kit;
import presskit.source.LoadedCampaign;

/**
 * A complete kit in memory, ready to be written.
 *
 * @param campaign the campaign it was built from
 * @param kit every output, PDFs included with their bytes
 * @param files the files written besides the outputs: zips, page, contacts (path below {@code
 *     out/<year>/} → bytes)
 * @param findings what validation found; findings do not stop a build
 */
public record BuildResult(
        LoadedCampaign campaign, Kit kit, Map<String, byte[]> files, Diagnostics findings) {

    public BuildResult {
        files = Map.copyOf(files);
    }
}
