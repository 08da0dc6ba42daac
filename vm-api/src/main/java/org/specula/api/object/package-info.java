/**
 * The object model as a specialized operation sees it.
 *
 * <p>Python values are plain Java objects. The value classes a handler tests for directly:
 * <table>
 * <caption>Python values and their Java classes</caption>
 * <tr><th>Python</th><th>Java</th></tr>
 * <tr><td>int</td><td>{@link java.lang.Long}; {@link java.math.BigInteger} only outside the long
 *     range (a result that fits in a long must be a Long)</td></tr>
 * <tr><td>bool</td><td>{@link java.lang.Boolean}, never a {@code Long} (bool is a subclass of int in
 *     Python, {@code True + 1 == 2}, but {@code instanceof Long} lets no bool through)</td></tr>
 * <tr><td>float</td><td>{@link java.lang.Double}</td></tr>
 * <tr><td>str</td><td>{@link java.lang.String}</td></tr>
 * <tr><td>list, tuple, dict</td><td>{@link org.specula.api.object.ListObject},
 *     {@link org.specula.api.object.TupleObject}, {@link org.specula.api.object.DictObject}</td></tr>
 * <tr><td>set, frozenset</td><td>{@link org.specula.api.object.SetObject} (read-only: size and
 *     membership)</td></tr>
 * <tr><td>instances of Python classes</td><td>{@link org.specula.api.object.InstanceObject}</td></tr>
 * <tr><td>modules, Python functions, types</td><td>{@link org.specula.api.object.ModuleObject},
 *     {@link org.specula.api.object.FunctionObject}, {@link org.specula.api.object.TypeObject}</td></tr>
 * <tr><td>iterators of range, list, tuple</td><td>{@link org.specula.api.object.RangeIteratorObject},
 *     {@link org.specula.api.object.ListIteratorObject}, {@link org.specula.api.object.TupleIteratorObject}</td></tr>
 * </table>
 *
 * <p>The Java classes of int, float, str, list, tuple, dict, set and frozenset values are exact:
 * an instance of a Python class derived from one of them is an {@code InstanceObject}, never a
 * {@code Long} or a {@code ListObject}. So {@code value instanceof Double} guards "exactly float".
 * Everything else (None, other iterators, built-in functions) is reached through
 * {@link org.specula.api.spi.ObjectModel}.
 *
 * <p>The abstract classes here have exactly one implementation each, in the VM; plugins use them
 * and never extend them.
 */
package org.specula.api.object;
