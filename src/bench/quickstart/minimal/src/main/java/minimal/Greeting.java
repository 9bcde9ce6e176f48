package minimal;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** One entity, so that Hibernate ORM boots as it does in the service. */
@Entity
public class Greeting extends PanacheEntity {
    public String text;
}
