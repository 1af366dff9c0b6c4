package id.kombel;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KombelApplication {

	public static void main(String[] args) {
		SpringApplication.run(KombelApplication.class, args);
	}

}
