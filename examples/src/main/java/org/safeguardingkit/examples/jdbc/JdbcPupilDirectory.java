package org.safeguardingkit.examples.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.safeguardingkit.core.model.FamilyId;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.spi.DirectoryEntry;
import org.safeguardingkit.core.spi.PupilDirectory;

/**
 * A {@link PupilDirectory} over plain JDBC: one row per pupil (names as a JSON document, family id indexed) and a
 * table of staff names to redact. Create the tables first with {@link JdbcSchema}.
 *
 * <pre>{@code
 * JdbcPupilDirectory directory = JdbcPupilDirectory.of(dataSource);
 * directory.put(new DirectoryEntry(PupilId.of("p-42"), List.of("Amira", "Khan"), Optional.of(FamilyId.of("f-7")),
 *         List.of("Mrs Khan")));
 * directory.addStaffName("Mr Hughes");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JdbcPupilDirectory implements PupilDirectory {

    /** What the document column holds. */
    private record Names(List<String> names, List<String> familyMemberNames) {
    }

    private final DataSource dataSource;
    private final Dialect dialect;
    private final ObjectMapper mapper = JsonMapper.builder().build();

    private JdbcPupilDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
        this.dialect = Dialect.of(dataSource);
    }

    /**
     * A directory on a database whose schema {@link JdbcSchema} has migrated.
     *
     * @param dataSource the database
     * @return the directory
     */
    public static JdbcPupilDirectory of(DataSource dataSource) {
        return new JdbcPupilDirectory(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Adds a pupil or replaces their entry.
     *
     * @param entry the entry
     */
    public void put(DirectoryEntry entry) {
        Objects.requireNonNull(entry, "entry");
        String document;
        try {
            document = mapper.writeValueAsString(new Names(entry.names(), entry.familyMemberNames()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SGK-0603: cannot write a directory entry", e);
        }
        String sql = dialect == Dialect.POSTGRESQL
                ? "INSERT INTO sgk_pupil (id, family_id, entry) VALUES (?, ?, CAST(? AS JSONB))"
                        + " ON CONFLICT (id) DO UPDATE SET family_id = EXCLUDED.family_id, entry = EXCLUDED.entry"
                : "MERGE INTO sgk_pupil (id, family_id, entry) KEY (id) VALUES (?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, entry.id().value());
            s.setString(2, entry.familyId().map(FamilyId::value).orElse(null));
            s.setString(3, document);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcStoreException("put", e);
        }
    }

    /**
     * Adds a staff member's name to the names to redact (no-op if already there).
     *
     * @param name the name as staff write it, e.g. "Mr Hughes"
     */
    public void addStaffName(String name) {
        Objects.requireNonNull(name, "name");
        String sql = dialect == Dialect.POSTGRESQL
                ? "INSERT INTO sgk_staff_name (name) VALUES (?) ON CONFLICT DO NOTHING"
                : "MERGE INTO sgk_staff_name (name) KEY (name) VALUES (?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, name);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new JdbcStoreException("addStaffName", e);
        }
    }

    @Override
    public Optional<DirectoryEntry> find(PupilId id) {
        Objects.requireNonNull(id, "id");
        List<DirectoryEntry> found = query("find", "SELECT id, family_id, entry FROM sgk_pupil WHERE id = ?",
                id.value());
        return found.stream().findFirst();
    }

    @Override
    public List<DirectoryEntry> family(FamilyId family) {
        Objects.requireNonNull(family, "family");
        return query("family", "SELECT id, family_id, entry FROM sgk_pupil WHERE family_id = ? ORDER BY id",
                family.value());
    }

    /**
     * Every pupil, family member and staff name, each once, stripped, none blank. The rows are streamed; the
     * names already given are remembered to give each once.
     *
     * @return the names; the caller closes the stream
     */
    @Override
    public Stream<String> namesToRedact() {
        Stream<String> family = RowStream.open(dataSource, JdbcConcernStore.DEFAULT_FETCH_SIZE, "namesToRedact",
                "SELECT entry FROM sgk_pupil ORDER BY id", s -> { }, r -> r.getString(1))
                .flatMap(document -> {
                    Names names = names(document);
                    return Stream.concat(names.names().stream(), names.familyMemberNames().stream());
                });
        Stream<String> staff;
        try {
            staff = RowStream.open(dataSource, JdbcConcernStore.DEFAULT_FETCH_SIZE, "namesToRedact",
                    "SELECT name FROM sgk_staff_name ORDER BY name", s -> { }, r -> r.getString(1));
        } catch (RuntimeException e) {
            family.close();
            throw e;
        }
        return Stream.concat(family, staff).map(String::strip).filter(name -> !name.isEmpty()).distinct();
    }

    private List<DirectoryEntry> query(String operation, String sql, String parameter) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            List<DirectoryEntry> entries = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Names names = names(r.getString(3));
                    entries.add(new DirectoryEntry(PupilId.of(r.getString(1)),
                            names.names(), Optional.ofNullable(r.getString(2)).map(FamilyId::of),
                            names.familyMemberNames()));
                }
            }
            return List.copyOf(entries);
        } catch (SQLException e) {
            throw new JdbcStoreException(operation, e);
        }
    }

    private Names names(String document) {
        try {
            return mapper.readValue(document, Names.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SGK-0604: a stored directory entry is not valid JSON", e);
        }
    }
}
