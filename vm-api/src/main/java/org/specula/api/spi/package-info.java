/**
 * The specializer SPI: how a plugin teaches the adaptive interpreter a faster form of an
 * instruction.
 *
 * <ul>
 *   <li>{@link org.specula.api.spi.Specializer}: the plugin's entry point, found by
 *       {@code ServiceLoader}; it names its {@linkplain org.specula.api.spi.Family families}, a
 *       short id and a priority.</li>
 *   <li>{@link org.specula.api.spi.SiteContext}: what the specializer sees of a site (oparg,
 *       names, operand values).</li>
 *   <li>{@link org.specula.api.spi.Specialization}: its answer, a handler or a reason.</li>
 *   <li>{@link org.specula.api.spi.SpecializedOp} and one handler interface per family: the
 *       guarded fast path the interpreter calls, returning
 *       {@link org.specula.api.spi.SpecializedOp#MISS} when its guard fails. The contract is on
 *       {@code SpecializedOp}.</li>
 * </ul>
 *
 * <p>The object-model surface handlers touch is in {@link org.specula.api.object}. A plugin
 * compiles against this module only. See {@code docs/writing-a-specializer.md}.
 */
package org.specula.api.spi;
