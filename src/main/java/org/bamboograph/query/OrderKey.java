package org.bamboograph.query;

/**
 * A key a list can be sorted by, as an enum of its orderBy argument implements it: the HQL it sorts by, for the
 * list's alias, and any join that needs (a visit sorted by its guest's name joins the guest).
 */
public interface OrderKey {

    String hql(String alias);

    default String join(String alias) {
        return null;
    }
}
