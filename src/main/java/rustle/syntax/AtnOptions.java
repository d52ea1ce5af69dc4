package rustle.syntax;

import org.antlr.v4.runtime.atn.ATNDeserializationOptions;

/**
 * How the generated lexers and parser load their state machines: without ANTLR's consistency check of
 * the deserialised ATN. The ATNs are the ANTLR tool's own output, fixed at build time (and parsed by
 * every test), and checking them took a fifth of RustParser's class initialisation (~4 of ~19 ms of
 * CPU, in every run). The build rewrites the generated classes' {@code new ATNDeserializer()} to use
 * these options (the antrun step {@code atn-options} in pom.xml).
 */
public final class AtnOptions {
  private AtnOptions() {}

  public static final ATNDeserializationOptions UNVERIFIED = unverified();

  private static ATNDeserializationOptions unverified() {
    ATNDeserializationOptions o = new ATNDeserializationOptions();
    o.setVerifyATN(false);
    o.makeReadOnly();
    return o;
  }
}
