package org.garrison.siteops.preparedness;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceReminderRepository extends JpaRepository<ResourceReminder, Long> {

    List<ResourceReminder> findByResourceIdIn(Collection<Long> resourceIds);

}
