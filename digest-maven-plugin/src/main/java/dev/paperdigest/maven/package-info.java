/**
 * The {@code digest} Maven plugin: {@link dev.paperdigest.maven.ConvertMojo digest:convert}, {@link
 * dev.paperdigest.maven.ValidateMojo digest:validate} and {@link dev.paperdigest.maven.CheckMojo
 * digest:check}. The formats are those of the plugin's class loader: text, JSON, JSON Lines and
 * Markdown come with it, and a format module added under the plugin's {@code <dependencies>} is
 * found the same way.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.paperdigest</groupId>
 *   <artifactId>digest-maven-plugin</artifactId>
 *   <version>0.1.0-SNAPSHOT</version>
 *   <executions>
 *     <execution>
 *       <goals><goal>validate</goal><goal>convert</goal></goals>
 *       <configuration><outputFormat>json</outputFormat></configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 */
package dev.paperdigest.maven;
