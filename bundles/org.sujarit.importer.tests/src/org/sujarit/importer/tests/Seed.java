package org.sujarit.importer.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Where the shared seed data and the repository are, as the parent pom tells tycho-surefire. */
final class Seed {

	private Seed() {
	}

	static Path root() {
		String root = System.getProperty("sujarit.root");
		if (root == null) {
			throw new IllegalStateException("system property sujarit.root is not set (the parent pom sets it)");
		}
		return Path.of(root).toAbsolutePath().normalize();
	}

	static Path dir() {
		return root().resolve("../shared/seed-data").normalize();
	}

	static Path file(String name) {
		return dir().resolve(name);
	}

	static Path out(String name) throws IOException {
		String out = System.getProperty("sujarit.test.out");
		Path dir = out != null ? Path.of(out) : Files.createTempDirectory("sujarit-test");
		Files.createDirectories(dir);
		return dir.resolve(name);
	}

	/** The plan JSON read independently of the importer (plain gson tree). */
	static JsonObject planJson() throws IOException {
		return JsonParser.parseString(Files.readString(file("plan-2566-2570.json"))).getAsJsonObject()
				.getAsJsonObject("plan");
	}
}
