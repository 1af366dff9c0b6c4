package id.kombel.knowledge.material;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

import id.kombel.shared.files.DirectoryFileStore;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.knowledge.KnowledgeApiTest;

/** Files are judged by their content, not by their name or the browser's claim. */
class MaterialFilesTest {

	@TempDir
	Path dir;

	MaterialFiles files() {
		return new MaterialFiles(new DirectoryFileStore(dir), DataSize.ofKilobytes(64));
	}

	static MockMultipartFile file(String name, byte[] content) {
		return new MockMultipartFile("file", name, "application/pdf", content);
	}

	static String problem(Runnable upload) {
		try {
			upload.run();
		}
		catch (InvalidInputException ex) {
			return ex.problems().get(0).messageKey();
		}
		return "accepted";
	}

	@Test
	void aPdfIsKeptUnderItsHash() {
		StoredFile stored = files().store(file("modul ajar.pdf", KnowledgeApiTest.PDF));
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.fileName()).isEqualTo("modul ajar.pdf");
		assertThat(dir.resolve("materials").resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256())).exists()
			.hasBinaryContent(KnowledgeApiTest.PDF);
	}

	@Test
	void anOfficeDocumentIsRecognisedFromItsZipAndName() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("[Content_Types].xml"));
			out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		assertThat(files().store(file("lkpd.docx", zip.toByteArray())).contentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(problem(() -> files().store(file("arsip.zip", zip.toByteArray())))).isEqualTo("knowledge.file-type");
	}

	@Test
	void programsAndPagesAreRefusedWhateverTheirName() {
		byte[] exe = new byte[512];
		exe[0] = 'M';
		exe[1] = 'Z';
		assertThat(problem(() -> files().store(file("modul.pdf", exe)))).isEqualTo("knowledge.file-type");
		byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		assertThat(problem(() -> files().store(file("modul.docx", html)))).isEqualTo("knowledge.file-type");
		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
		assertThat(problem(() -> files().store(file("gambar.png", svg)))).isEqualTo("knowledge.file-type");
	}

	@Test
	void sizeAndEmptinessAreChecked() {
		assertThat(problem(() -> files().store(file("besar.pdf", new byte[65 * 1024]))))
			.isEqualTo("knowledge.file-too-large");
		assertThat(problem(() -> files().store(file("kosong.pdf", new byte[0])))).isEqualTo("knowledge.file-missing");
		assertThatThrownBy(() -> files().store(null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void namesLoseTheirPathAndControlCharacters() {
		assertThat(MaterialFiles.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(MaterialFiles.cleanName("C:\\Users\\guru\\modul.pdf")).isEqualTo("modul.pdf");
		assertThat(MaterialFiles.cleanName("a\"b\n.pdf")).isEqualTo("a_b_.pdf");
	}

}
