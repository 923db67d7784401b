package dev.paperdigest.example.spring;

import dev.paperdigest.core.Digest;
import dev.paperdigest.core.Paper;
import java.util.Comparator;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Digests in, digests out, as any other type a controller takes and returns. */
@RestController
public class DigestController {
  /**
   * The digest with its papers in title order. A body that is not a digest (an unknown key, a blank
   * title) is refused with 400 before this method runs, as for any type Jackson cannot read.
   */
  @PostMapping("/digests/tidy")
  public Digest tidy(@RequestBody Digest digest) {
    return digest.withPapers(
        digest.papers().stream().sorted(Comparator.comparing(Paper::title)).toList());
  }
}
