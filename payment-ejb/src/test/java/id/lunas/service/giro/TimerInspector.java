package id.lunas.service.giro;

import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import java.util.List;

/** Lets a test see the timers the module created. */
@Stateless
public class TimerInspector {

    @Resource
    TimerService timers;

    public List<ScheduleExpression> calendarSchedules() {
        return timers.getAllTimers().stream().filter(Timer::isCalendarTimer).map(Timer::getSchedule).toList();
    }
}
