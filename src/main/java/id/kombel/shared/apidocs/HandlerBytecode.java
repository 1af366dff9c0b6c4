package id.kombel.shared.apidocs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.http.HttpStatus;

/**
 * What a handler method's code answers, read from its bytecode: the statuses it names
 * itself ({@code ResponseEntity.created(..)}, {@code noContent()},
 * {@code status(HttpStatus.CREATED)}, ...), and the Kombel exceptions thrown by it or by
 * the application's methods it calls, a few calls deep (a service's
 * {@code NotFoundException}, a limiter's {@code TooManyAttemptsException}). The document
 * then lists what the code does, not what an annotation beside it claims.
 *
 * @param statuses statuses the method answers with its own body (or none, for 204)
 * @param errors statuses of the problems its exceptions become
 * @param location whether it sends a {@code Location} ({@code ResponseEntity.created})
 */
record HandlerBytecode(Set<Integer> statuses, Set<Integer> errors, boolean location) {

	private static final String RESPONSE_ENTITY = "org/springframework/http/ResponseEntity";

	private static final String HTTP_STATUS = "org/springframework/http/HttpStatus";

	private static final String APPLICATION = "id/kombel/";

	/** How many calls deep exceptions are looked for. */
	private static final int DEPTH = 4;

	private static final Map<String, Integer> FACTORIES = Map.of("created", 201, "noContent", 204, "accepted", 202,
			"ok", 200);

	private static final Map<String, Integer> EXCEPTIONS = Map.of("id/kombel/shared/web/NotFoundException", 404,
			"id/kombel/shared/web/ConflictException", 409, "id/kombel/shared/web/UnauthenticatedException", 401,
			"id/kombel/shared/web/TooManyAttemptsException", 429, "id/kombel/shared/web/InvalidInputException", 400,
			"id/kombel/shared/access/OutOfScopeException", 403);

	private static final Map<Method, HandlerBytecode> CACHE = new ConcurrentHashMap<>();

	private static final Map<String, byte[]> CLASSES = new ConcurrentHashMap<>();

	static HandlerBytecode of(Class<?> type, Method method) {
		return CACHE.computeIfAbsent(method, m -> read(type, m));
	}

	private static HandlerBytecode read(Class<?> type, Method method) {
		Set<Integer> statuses = new TreeSet<>();
		Set<Integer> errors = new TreeSet<>();
		boolean[] location = { false };
		ClassLoader loader = type.getClassLoader();
		String owner = Type.getInternalName(type);
		List<String[]> calls = new ArrayList<>();
		visit(loader, owner, method.getName(), Type.getMethodDescriptor(method), new Collector(errors, calls) {
			@Override
			public void visitMethodInsn(int opcode, String callee, String name, String desc, boolean itf) {
				super.visitMethodInsn(opcode, callee, name, desc, itf);
				if (opcode == Opcodes.INVOKESTATIC && callee.equals(RESPONSE_ENTITY) && FACTORIES.containsKey(name)) {
					statuses.add(FACTORIES.get(name));
					location[0] |= name.equals("created");
				}
			}

			@Override
			public void visitFieldInsn(int opcode, String fieldOwner, String name, String desc) {
				if (opcode == Opcodes.GETSTATIC && fieldOwner.equals(HTTP_STATUS)) {
					statuses.add(HttpStatus.valueOf(name).value());
				}
			}
		});
		Set<String> seen = new HashSet<>();
		for (int depth = 1; depth <= DEPTH && !calls.isEmpty(); depth++) {
			List<String[]> next = new ArrayList<>();
			for (String[] call : calls) {
				if (seen.add(String.join(" ", call))) {
					visit(loader, call[0], call[1], call[2], new Collector(errors, next));
				}
			}
			calls = next;
		}
		return new HandlerBytecode(Set.copyOf(statuses), Set.copyOf(errors), location[0]);
	}

	/** Visits a method's code and that of the lambdas in it. */
	private static void visit(ClassLoader loader, String owner, String method, String descriptor,
			MethodVisitor visitor) {
		byte[] bytes = CLASSES.computeIfAbsent(owner, o -> bytes(loader, o));
		if (bytes.length == 0) {
			return;
		}
		String lambdas = "lambda$" + method + "$";
		new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
			@Override
			public MethodVisitor visitMethod(int access, String name, String desc, String signature,
					String[] exceptions) {
				boolean wanted = name.equals(method) && desc.equals(descriptor);
				return wanted || name.startsWith(lambdas) ? visitor : null;
			}
		}, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
	}

	private static byte[] bytes(ClassLoader loader, String owner) {
		try (InputStream in = loader.getResourceAsStream(owner + ".class")) {
			return in == null ? new byte[0] : in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Notes the exceptions made and the application's methods called. */
	private static class Collector extends MethodVisitor {

		private final Set<Integer> errors;

		private final List<String[]> calls;

		Collector(Set<Integer> errors, List<String[]> calls) {
			super(Opcodes.ASM9);
			this.errors = errors;
			this.calls = calls;
		}

		@Override
		public void visitMethodInsn(int opcode, String owner, String name, String desc, boolean itf) {
			if (EXCEPTIONS.containsKey(owner) && (name.equals("<init>") || name.equals("of"))) {
				errors.add(EXCEPTIONS.get(owner));
			}
			else if (owner.startsWith(APPLICATION) && !name.startsWith("<")) {
				calls.add(new String[] { owner, name, desc });
			}
		}

	}

}
