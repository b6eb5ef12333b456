package nl.kring.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI kringApi() {
        return new OpenAPI()
                .info(new Info().title("Kring API").version("v1")
                        .description("Personal access tokens: create one in your profile and send it as 'Authorization: Bearer <token>'. "
                                + "The same access rules and audit apply as on the pages.")
                        .license(new License().name("EUPL-1.2")))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
    }
}
