package org.garrison.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface UserRepository extends ListCrudRepository<User, Long> {

    @EntityGraph(attributePaths = "roles")
    Optional<User> findByUsernameIgnoreCase(String username);

    @EntityGraph(attributePaths = "roles")
    Optional<User> findWithRolesById(Long id);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("""
            select u from User u
            where (:text is null or lower(u.username) like :text escape '\\' or lower(u.displayName) like :text escape '\\')
            order by u.username""")
    Page<User> search(@Param("text") String text, Pageable pageable);

    @Query("select distinct u from User u join u.roles r where u.enabled = true and r.code in :codes")
    List<User> findEnabledWithAnyRole(@Param("codes") java.util.Collection<String> codes);

    @Query("select u from User u where u.enabled = true and u.id in :ids")
    List<User> findEnabledByIds(@Param("ids") java.util.Collection<Long> ids);

    @Query("select count(u) from User u join u.roles r where r.code = :code")
    long countWithRole(@Param("code") String code);

    @Query("select r.code as code, count(u) as members from User u join u.roles r group by r.code")
    List<RoleMembers> countMembersByRole();

    /** How many users hold a role. */
    interface RoleMembers {

        String getCode();

        long getMembers();

    }

}
