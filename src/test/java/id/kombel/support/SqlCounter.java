package id.kombel.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts the SQL statements the server's request threads send to the database: a test
 * imports it ({@code @Import(SqlCounter.class)}), autowires it, calls {@link #reset()},
 * sends a request and reads {@link #statements()}. The data source is wrapped, so every
 * statement is seen (JPA, JdbcClient, the session store), but only those executed on a
 * Tomcat request thread are counted: background jobs do not disturb the figure.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlCounter implements BeanPostProcessor {

	private final List<String> seen = new CopyOnWriteArrayList<>();

	private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();

	public void reset() {
		seen.clear();
		connections.set(0);
	}

	/** The connections the request threads took from the pool since the last reset. */
	public int connections() {
		return connections.get();
	}

	/** The statements counted since the last reset, in order (their SQL where known). */
	public List<String> statements() {
		return List.copyOf(seen);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource ds && !(Proxy.isProxyClass(bean.getClass()))) {
			return wrap(ds, DataSource.class, null);
		}
		return bean;
	}

	@SuppressWarnings("unchecked")
	private <T> T wrap(T target, Class<T> type, String sql) {
		InvocationHandler handler = (proxy, method, args) -> {
			String name = method.getName();
			if (target instanceof Statement && name.startsWith("execute") && onRequestThread()) {
				seen.add(sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : name);
			}
			Object result = invoke(target, method, args);
			if (target instanceof DataSource && name.equals("getConnection") && onRequestThread()) {
				connections.incrementAndGet();
			}
			if (result instanceof Connection c && !(target instanceof Connection)) {
				return wrap(c, Connection.class, null);
			}
			if (target instanceof Connection && result instanceof Statement s) {
				String text = args != null && args.length > 0 && args[0] instanceof String q ? q : null;
				Class<? extends Statement> kind = result instanceof java.sql.CallableStatement
						? java.sql.CallableStatement.class : result instanceof java.sql.PreparedStatement
								? java.sql.PreparedStatement.class : Statement.class;
				return wrap(s, (Class<Statement>) kind, text);
			}
			return result;
		};
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private static boolean onRequestThread() {
		return Thread.currentThread().getName().startsWith("http-nio");
	}

}
