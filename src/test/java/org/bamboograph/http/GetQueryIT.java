package org.bamboograph.http;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** GET, its cache headers and its limits on the packaged jar, whose HTTP server options are the production ones. */
@QuarkusIntegrationTest
class GetQueryIT extends GetQueryTest {
}
