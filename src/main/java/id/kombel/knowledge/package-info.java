/**
 * Knowledge that stays: good practices (with history, comments, endorsements and tried-it
 * reports), questions with accepted answers, teaching materials with versions, search
 * that understands Indonesian, and moderation. Items link to communities and activities
 * by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Knowledge",
		allowedDependencies = { "activities", "communities", "regions", "schools", "shared" })
package id.kombel.knowledge;
