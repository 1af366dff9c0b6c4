package id.kombel.shared.messages;

import java.text.MessageFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Spring's bundle message source, except that a message with arguments is formatted with
 * its own copy of the cached format. Spring formats under a lock on the one cached
 * {@link MessageFormat} per message and language, so every request rendering the same
 * message with an argument queued there: a flight recording of the national benchmark
 * (issue 17) showed 438 waits of some 18 ms each in 15 s, all of them community pages
 * rendered on a cache miss. A copy costs a few small arrays; the parsing stays cached.
 */
public class UnlockedMessageSource extends ResourceBundleMessageSource {

	@Override
	protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
		MessageFormat shared = super.resolveCode(code, locale);
		return shared == null ? null : (MessageFormat) shared.clone();
	}

}
