package minimal;

import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

/** One query that reads the database. */
@GraphQLApi
public class GreetingApi {
    @Query
    @Transactional
    public List<Greeting> greetings() {
        return Greeting.listAll();
    }
}
