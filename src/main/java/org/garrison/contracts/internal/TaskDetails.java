package org.garrison.contracts.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What a start-up task asks of its department at one site, written from the signed proposal's lines
 * there: the posts and headcount to staff, the team to train, and the site's equipment list.
 */
final class TaskDetails {

    private TaskDetails() {
    }

    static String of(Department department, List<ServiceLine> lines) {
        return switch (department) {
            case SECURITY_OPS -> staffing(lines);
            case TRAINING -> training(lines);
            case LOGISTICS -> equipment(lines);
        };
    }

    /** e.g. {@code 大门岗 2人×3班=6人；大堂岗 1人×2班=2人}; facility services are listed by name. */
    static String staffing(List<ServiceLine> lines) {
        var parts = new ArrayList<String>();
        for (ServiceLine line : lines) {
            if (line.getKind().isGuarding()) {
                parts.add(line.getPostName() + " " + line.getHeadcount() + "人×" + line.getShiftsPerDay() + "班="
                        + line.guardsNeeded() + "人");
            }
            else {
                parts.add(line.getKind().nameZh() + (line.getFrequency() == null ? "" : "（" + line.getFrequency() + "）"));
            }
        }
        return String.join("；", parts);
    }

    static String training(List<ServiceLine> lines) {
        int guards = lines.stream().mapToInt(ServiceLine::guardsNeeded).sum();
        var parts = new ArrayList<String>();
        parts.add("岗前培训 " + guards + " 人：企业文化、规章制度、岗位职责、应急处置");
        for (ServiceLine line : lines) {
            if (line.getKind().isGuarding() && line.getRequirements() != null) {
                parts.add(line.getPostName() + "：" + line.getRequirements());
            }
            if (!line.getKind().isGuarding()) {
                parts.add(line.getKind().nameZh() + "作业规范");
            }
        }
        return String.join("；", parts);
    }

    /** The equipment list of the site: per guard on duty, per post and per facility service. */
    static String equipment(List<ServiceLine> lines) {
        int guards = lines.stream().mapToInt(ServiceLine::guardsNeeded).sum();
        int posts = (int) lines.stream().filter(l -> l.getKind().isGuarding()).count();
        var items = new ArrayList<String>();
        if (guards > 0) {
            items.add("保安制服 " + guards + " 套");
            items.add("对讲机 " + guards + " 台");
            items.add("执勤记录簿 " + posts + " 本");
        }
        for (ServiceLine line : lines) {
            if (line.getKind().isGuarding() && line.getPatrolsPerDay() != null) {
                items.add(line.getPostName() + "：强光手电 " + line.getHeadcount() + " 支、巡更棒 1 根");
            }
            switch (line.getKind()) {
                case CLEANING -> items.add("保洁工具及耗材 1 套");
                case PLANT_CARE -> items.add("园艺工具 1 套");
                case PEST_CONTROL -> items.add("消杀药剂及器械 1 套");
                case ELECTRICAL -> items.add("电工工具及检测仪表 1 套");
                case GUARDING -> {
                }
            }
        }
        return String.join("；", items);
    }

}
