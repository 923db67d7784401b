package dev.paperdigest.example.spring;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The controller with Boot's own web and JSON auto-configuration, and nothing configured here. */
@WebMvcTest(DigestController.class)
class DigestControllerTest {
  @Autowired MockMvc mvc;

  @Test
  void aDigestGoesInAndComesBackInTheShapeOfTheJsonFormat() throws Exception {
    String digest =
        """
        {"date": "2024-10-10", "papers": [
          {"title": "TxT360", "authors": [], "tags": ["corpus"]},
          {"title": "Round and Round We Go!", "authors": ["Federico Barbero"],
           "comment": "RoPE에서 고주파수 차원들은", "tags": []}]}
        """;
    mvc.perform(post("/digests/tidy").contentType(MediaType.APPLICATION_JSON).content(digest))
        .andExpect(status().isOk())
        .andExpect(
            content()
                .json(
                    """
                    {"date": "2024-10-10", "papers": [
                      {"title": "Round and Round We Go!", "authors": ["Federico Barbero"],
                       "comment": "RoPE에서 고주파수 차원들은", "tags": []},
                      {"title": "TxT360", "authors": [], "tags": ["corpus"]}]}
                    """,
                    true))
        .andExpect(jsonPath("$.papers[1].abstract").doesNotExist());
  }

  /** The module refuses what the json format refuses; Boot answers 400, as for any bad body. */
  @Test
  void aBodyThatIsNotADigestIsRefused() throws Exception {
    mvc.perform(
            post("/digests/tidy")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"2024-10-10\", \"papers\": [{\"title\": \" \"}]}"))
        .andExpect(status().isBadRequest());
  }
}
