package org.garrison.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of {@code /api/v1}: bearer tokens from {@code POST /api/v1/auth/token}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI garrisonOpenApi() {
        return new OpenAPI()
            .info(new Info().title("Garrison API")
                .version("v1")
                .description("Operations platform of a security-guard company. Get a token with POST /api/v1/auth/token "
                        + "and send it in the header 'Authorization: Bearer gar_…'. Errors are RFC 9457 problem+json; "
                        + "send Accept-Language: en for English messages (default zh-CN).")
                .license(new License().name("Apache-2.0")))
            .components(new Components().addSecuritySchemes("bearer",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("gar_…")))
            .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

}
