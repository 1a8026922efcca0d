package io.shutterport.web.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The JSON API, version 1. Every page's action has an endpoint here. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Shutterport API",
            version = "1",
            description =
                "Marketplace API of one tenant (chosen by host name). Errors are"
                    + " application/problem+json with a localised detail."))
public class ApiApplication extends Application {}
