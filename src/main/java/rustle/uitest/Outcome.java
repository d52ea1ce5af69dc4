package rustle.uitest;

import java.util.List;

/** How one test ended, with what to say about it: why it failed or was ignored, which files bless changed. */
record Outcome(Status status, String details, List<String> blessed) {
  enum Status { OK, FAILED, IGNORED }

  static Outcome ok(List<String> blessed) {
    return new Outcome(Status.OK, "", List.copyOf(blessed));
  }

  static Outcome failed(String details) {
    return new Outcome(Status.FAILED, details, List.of());
  }

  static Outcome ignored(String reason) {
    return new Outcome(Status.IGNORED, reason, List.of());
  }
}
