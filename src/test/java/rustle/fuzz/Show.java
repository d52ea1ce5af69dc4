package rustle.fuzz;

/** Prints the program generated from a seed: {@code Show SEED}. */
public final class Show {
  private Show() {}

  public static void main(String[] args) {
    System.out.print(Gen.program(Long.parseLong(args[0])).render());
  }
}
