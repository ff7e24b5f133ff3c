package presskit.validate.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

class AddressesTest {

    @Test
    void internationalDomainNameBecomesPunycode() throws URISyntaxException {
        URI uri = Addresses.parse("https://räksmörgås.se:8443/om?q=1#a");
        assertThat(uri.toString()).isEqualTo("https://xn--rksmrgs-5wao1o.se:8443/om?q=1#a");
        assertThat(Addresses.checkable(uri)).isTrue();
    }

    @Test
    void nonAsciiPathIsPercentEncoded() throws URISyntaxException {
        assertThat(Addresses.parse("https://vision.se/välfärd").toString())
                .isEqualTo("https://vision.se/v%C3%A4lf%C3%A4rd");
    }

    @Test
    void onlyAbsoluteHttpAndHttpsAreCheckable() throws URISyntaxException {
        assertThat(Addresses.checkable(Addresses.parse("HTTP://vision.se/"))).isTrue();
        assertThat(Addresses.checkable(Addresses.parse("ftp://vision.se/"))).isFalse();
        assertThat(Addresses.checkable(Addresses.parse("mailto:press@vision.se"))).isFalse();
        assertThat(Addresses.checkable(Addresses.parse("/rapport"))).isFalse();
    }

    @Test
    void spacesAreNotAUrl() {
        assertThatThrownBy(() -> Addresses.parse("https://vision.se/en rapport"))
                .isInstanceOf(URISyntaxException.class);
    }
}
