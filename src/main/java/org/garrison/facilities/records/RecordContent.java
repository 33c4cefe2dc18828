package org.garrison.facilities.records;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A service record's fields as the seed's form has them (服务记录, seed 003 L1231–1245).
 *
 * @param startedAt 服务时间 from
 * @param endedAt 服务时间 to
 * @param place 服务地点
 * @param staff 服务人员: names and positions
 * @param clientName 服务对象: the client and details
 * @param content 服务内容 and process
 * @param equipment equipment used, if any
 * @param materials materials used, if any
 * @param method the method, if told
 * @param clientFeedback 服务结果: the client's feedback, if any
 * @param solved 服务结果: whether the problem is solved
 * @param anomalies 异常情况, if any
 * @param handling 处理措施 of the anomalies
 */
public record RecordContent(Instant startedAt, Instant endedAt, String place, String staff, String clientName,
        String content, @Nullable String equipment, @Nullable String materials, @Nullable String method,
        @Nullable String clientFeedback, boolean solved, @Nullable String anomalies, @Nullable String handling) {
}
